import { html, nothing, type TemplateResult } from 'lit';
import type { ComplaintsPolicy, Escalation } from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import { fill, fillParts, targetInWords } from '../../strings/format.js';
import type { PolicyStrings } from '../../strings/policy.js';
import { heading } from '../headings.js';

export interface ViewContext {
  text: PolicyStrings;
  language: string;
  /** Charter text to show, marked with its language where that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  headingLevel: number;
}

/** Who to go to next: the charter's own words when it has them, else the built-in sentence, never both. */
function escalationView(escalation: Escalation, text: PolicyStrings, pick: ViewContext['pick']) {
  const name = html`<a href=${escalation.url}>${pick(escalation.name)}</a>`;
  return escalation.description
    ? html`<p>${pick(escalation.description)} ${fillParts(text.escalationContact, { name })}</p>`
    : html`<p>${fillParts(text.escalation, { name })}</p>`;
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
    ${escalation ? escalationView(escalation, text, pick) : nothing}
  </section>`;
}
