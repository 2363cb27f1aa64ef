import { html, nothing, type TemplateResult } from 'lit';
import type {
  ComplaintStage,
  ComplaintTrack,
  ComplaintsPolicy,
  Escalation,
  PromiseTarget,
} from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import { fill, fillParts } from '../../strings/format.js';
import type { PolicyStrings } from '../../strings/policy.js';
import { durationWords, promiseSentence, targetTimeWords } from '../../strings/promise-words.js';
import type { PromiseStrings } from '../../strings/promises.js';
import { heading } from '../headings.js';
import { contactView } from './channel-view.js';

export interface ViewContext {
  text: PolicyStrings & PromiseStrings;
  language: string;
  /** Charter text to show, marked with its language where that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  /** Charter text as a plain string. */
  plain: (text: LocalizedText | undefined) => string;
  headingLevel: number;
}

/** One target of a stage in words: "We will acknowledge your complaint within 3 working days." */
function targetLine(target: PromiseTarget, previous: PromiseTarget | undefined, { text, language }: ViewContext) {
  if (target.percent !== undefined || !['acknowledge', 'reply'].includes(target.kind) || !target.within)
    return promiseSentence({ kind: target.kind, targets: [target] }, 'complaint', language, text) ?? '';
  const { atMost, ...base } = target;
  const template =
    target.kind === 'acknowledge'
      ? text.stageAcknowledge
      : !previous
        ? text.stageRespond
        : target.countedFrom === 'previous'
          ? text.stageRespondAfterAcknowledge
          : text.stageRespondFromReceipt;
  const line = fill(template, { target: targetTimeWords(base, language, text) });
  // An extension limit follows where the clock starts: "…of acknowledging it (at most 20 working days if we need longer)."
  return atMost
    ? `${fill(text.extendable, { time: line.replace(/\.$/, ''), max: durationWords(atMost, language, text) })}.`
    : line;
}

function stageView(stage: ComplaintStage, context: ViewContext) {
  const { text, pick } = context;
  const lines = stage.noTimescale
    ? [text.stageNoTimescale]
    : stage.targets.map((target, index) => targetLine(target, stage.targets[index - 1], context));
  return html`<li>
    <strong>${pick(stage.name)}</strong>
    ${stage.description ? html`<br />${pick(stage.description)}` : nothing} ${lines.map((line) => html`<br />${line}`)}
  </li>`;
}

const stagesView = (track: ComplaintTrack, context: ViewContext) =>
  html`<ol class="stages">
    ${track.stages.map((stage) => stageView(stage, context))}
  </ol>`;

/** Alternative tracks, each under its own heading: which applies depends on the complaint, not the order. */
function tracksView(tracks: readonly ComplaintTrack[], context: ViewContext) {
  const { text, pick, headingLevel } = context;
  return html`<p>${text.tracksIntro}</p>
    ${tracks.map(
      (track) =>
        html`<section part="track" class="track" data-track=${track.id}>
          ${heading(headingLevel + 1, pick(track.name) || track.id)}
          ${track.description ? html`<p>${pick(track.description)}</p>` : nothing} ${stagesView(track, context)}
        </section>`,
    )}`;
}

/** Who to go to next, how to reach them, and when. */
function escalationView(body: Escalation, context: ViewContext) {
  const { text, language, pick, plain } = context;
  const name = pick(body.name);
  const linked = body.url ? html`<a href=${body.url}>${name}</a>` : name;
  // Welsh "ag" before a vowel, "â" before a consonant: "cysylltu ag Ombwdsmon", "cysylltu â Pwyllgor".
  const joiner = /^[aeiouâêîôûŵŷ]/i.test(plain(body.name)) ? text.withBeforeVowel : text.withBeforeConsonant;
  const when = body.when
    ? [pick(body.when)]
    : [
        body.after && fill(text.escalationAfter, { after: durationWords(body.after, language, text) }),
        body.within && fill(text.escalationWithin, { within: durationWords(body.within, language, text) }),
      ].filter((line): line is string => !!line);
  return html`<div part="escalation" class="escalation">
    ${
      // The charter's own words when it has them, else the built-in sentence, never both.
      body.description
        ? html`<p>${pick(body.description)} ${fillParts(text.escalationContact, { name: linked, with: joiner })}</p>`
        : html`<p>${fillParts(text.escalation, { name: linked, with: joiner })}</p>`
    }
    ${contactView({ phone: body.phone, email: body.email, address: body.address }, text, pick)}
    ${when.map((line) => html`<p>${line}</p>`)}
  </div>`;
}

/** The complaints policy in plain words: its tracks and stages with their deadlines, the extension rule, then who to go to next. */
export function complaintsView(policy: ComplaintsPolicy, context: ViewContext) {
  const { text, pick, headingLevel } = context;
  const { tracks } = policy;
  return html`<section part="complaints">
    ${heading(headingLevel, text.complaints)} ${policy.summary ? html`<p>${pick(policy.summary)}</p>` : nothing}
    ${tracks.length === 1 ? stagesView(tracks[0], context) : tracksView(tracks, context)}
    ${policy.extension ? html`<p part="extension">${pick(policy.extension)}</p>` : nothing}
    ${policy.escalation.map((body) => escalationView(body, context))}
  </section>`;
}
