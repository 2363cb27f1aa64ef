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
  const { escalation } = policy;
  return html`<section part="complaints">
    ${heading(headingLevel, text.complaints)} ${policy.summary ? html`<p>${pick(policy.summary)}</p>` : nothing}
    <ol class="stages">
      ${policy.stages.map((stage) => {
        const afterAcknowledgement = stage.acknowledge && stage.respondFrom !== 'receipt';
        return html`<li>
          <strong>${pick(stage.name)}</strong>
          ${stage.description ? html`<br />${pick(stage.description)}` : nothing}
          ${stage.acknowledge ? html`<br />${fill(text.stageAcknowledge, { target: within(stage.acknowledge) })}` : nothing}
          <br />${fill(afterAcknowledgement ? text.stageRespondAfterAcknowledge : text.stageRespond, {
            target: within(stage.respond),
          })}
        </li>`;
      })}
    </ol>
    ${escalation ? escalationView(escalation, text, pick) : nothing}
  </section>`;
}
