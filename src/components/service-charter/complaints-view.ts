import { html, nothing } from 'lit';
import type { ComplaintsPolicy } from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import { fill, fillParts, targetInWords } from '../../strings/format.js';
import type { PolicyStrings } from '../../strings/policy.js';
import { heading } from '../headings.js';

export interface ViewContext {
  text: PolicyStrings;
  language: string;
  pick: (text: LocalizedText | undefined) => string;
  headingLevel: number;
}

/** The complaints policy in plain words: each stage's deadlines, then the ombudsman. */
export function complaintsView(policy: ComplaintsPolicy, { text, language, pick, headingLevel }: ViewContext) {
  const within = (target: Parameters<typeof targetInWords>[0]) => targetInWords(target, language, text);
  // Minimal format 2 reading (tracks, targets, escalation list); the full wording comes with the rendering work.
  const [escalation] = policy.escalation;
  const stages = policy.tracks.flatMap((track) => track.stages);
  return html`<section part="complaints">
    ${heading(headingLevel, text.complaints)} ${policy.summary ? html`<p>${pick(policy.summary)}</p>` : nothing}
    <ol class="stages">
      ${stages.map((stage) => {
        const acknowledge = stage.targets.find((target) => target.kind === 'acknowledge')?.within;
        const respond = stage.targets.find((target) => target.kind !== 'acknowledge');
        const afterAcknowledgement = acknowledge && respond?.countedFrom === 'previous';
        return html`<li>
          <strong>${pick(stage.name)}</strong>
          ${stage.description ? html`<br />${pick(stage.description)}` : nothing}
          ${acknowledge ? html`<br />${fill(text.stageAcknowledge, { target: within(acknowledge) })}` : nothing}
          ${
            respond?.within
              ? html`<br />${fill(afterAcknowledgement ? text.stageRespondAfterAcknowledge : text.stageRespond, {
                    target: within(respond.within),
                  })}`
              : nothing
          }
        </li>`;
      })}
    </ol>
    ${
      escalation
        ? html`<p>
              ${fillParts(text.escalation, {
                name: escalation.url
                  ? html`<a href=${escalation.url}>${pick(escalation.name)}</a>`
                  : pick(escalation.name),
              })}
            </p>
            ${escalation.description ? html`<p>${pick(escalation.description)}</p>` : nothing}`
        : nothing
    }
  </section>`;
}
