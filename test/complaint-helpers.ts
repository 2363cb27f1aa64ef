import { html } from '@open-wc/testing';
import type { ServiceComplaintForm } from '../src/components/service-complaint-form/service-complaint-form.js';
import { parseCharter, type Charter } from '../src/core/index.js';
import { copy, inShadow, render, samples, settle } from './helpers.js';

/** The district sample with plain Mon–Fri 9–5 hours and a 3 + 20 working day first stage. */
export function complaintCharter(changes: Record<string, unknown> = {}): Charter {
  const json = copy(samples.districtCouncil) as Record<string, unknown> & { complaints: Record<string, unknown> };
  json.hours = {
    timeZone: 'Europe/London',
    weekly: {
      mon: [['09:00', '17:00']],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '17:00']],
    },
  };
  json.complaints = {
    ...json.complaints,
    stages: [{ name: 'Stage 1', acknowledge: { workingDays: 3 }, respond: { workingDays: 20 } }],
    ...changes,
  };
  return parseCharter(json);
}

/** A test intake under /test-api/`prefix`/ (scripts/test-routes/complaints.mjs): plan its answers, read what arrived. */
export function intake(prefix: 'complaints' | 'feedback') {
  const api = async (path: string, body?: unknown) =>
    (await fetch(`/test-api/${prefix}/${path}`, { method: 'POST', body: JSON.stringify(body) })).json();
  return {
    endpoint: `/test-api/${prefix}/submit`,
    reset: () => api('reset'),
    plan: (steps: string[]) => api('plan', steps),
    state: (): Promise<{
      attempts: { key: string; step: string; contentType: string; csrf: string; bytes?: number }[];
      stored: { key: string; reference: string; body: Record<string, unknown> & { spam: Record<string, unknown> } }[];
    }> => api('state'),
  };
}

const complaints = intake('complaints');
export const { endpoint, reset: resetEndpoint, plan: planEndpoint, state: endpointState } = complaints;

export async function renderForm(
  attributes: Partial<Record<'timeout' | 'retry-delay' | 'lang' | 'draft-storage' | 'max-attempts', string>> = {},
  charter = complaintCharter(),
): Promise<ServiceComplaintForm> {
  const element = await render<ServiceComplaintForm>(
    html`<service-complaint-form
      .parsedCharter=${charter}
      endpoint=${endpoint}
      now="2026-11-24T10:00:00Z"
      timeout=${attributes.timeout ?? '2000'}
      retry-delay=${attributes['retry-delay'] ?? '20'}
      max-attempts=${attributes['max-attempts'] ?? '6'}
      draft-storage=${attributes['draft-storage'] ?? 'session'}
      lang=${attributes.lang ?? 'en'}
    ></service-complaint-form>`,
  );
  return element;
}

export const field = <T extends HTMLElement = HTMLInputElement>(element: Element, id: string) =>
  inShadow<T>(element, `#${id}`)!;

/** Types into a field as the browser reports typing: value, then a bubbling input event. */
export function type(element: Element, id: string, value: string): void {
  const input = field(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A complete, valid complaint. */
export async function fillValid(element: ServiceComplaintForm): Promise<void> {
  field(element, 'kind-complaint').click();
  await element.updateComplete;
  type(element, 'details', 'The bin was not collected on Monday.');
  type(element, 'outcome', 'Collect it, please.');
  type(element, 'name', 'Sam Jones');
  type(element, 'email', 'sam@example.com');
  field(element, 'consent').click();
  await settle(element);
}

export async function submit(element: ServiceComplaintForm): Promise<void> {
  inShadow<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await settle(element);
}
