// The format 2 reader with the readers of its optional sections passed in, as the browser
// passes those whose chunks it has: with every reader it reads each sample as before; without
// one, a document with that section is one problem at the section's path, and every other
// part reads exactly as with it. Runs against dist (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCharter } from '../../dist/core/index.js';
import { SECTION_NOT_LOADED } from '../../dist/core/charter-sections.js';
import { readCharterV1 } from '../../dist/core/read-charter-v1.js';
import { readCharterWith } from '../../dist/core/read-charter.js';
import { allSectionReaders } from '../../dist/core/section-readers.js';

const samplesDir = new URL('../../src/samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, samplesDir), 'utf8'))]);
const OPTIONAL = ['sites', 'access', 'notices', 'improvements', 'satisfaction', 'feedback'];

/** The charter without the fields its sections fill, and the channels' links to sites. */
const withoutSections = (charter, sections) => {
  const rest = { ...charter };
  for (const section of sections) delete rest[section];
  if (sections.includes('sites'))
    rest.channels = rest.channels.map((channel) => {
      const copy = { ...channel };
      delete copy.sites;
      return copy;
    });
  return rest;
};

describe('optional sections read by readers passed in', () => {
  it('reads every sample with every section reader exactly as readCharter does', () => {
    for (const [file, json] of samples)
      assert.deepEqual(readCharterWith(json, readCharterV1, allSectionReaders), readCharter(json), file);
  });

  it('every sample with every section has a reader: none is left to a browser chunk by mistake', () => {
    assert.deepEqual(Object.keys(allSectionReaders).sort(), [...OPTIONAL].sort());
  });

  for (const missing of OPTIONAL)
    it(`without the "${missing}" reader, a document with it is one problem there and loses nothing else`, () => {
      const sections = { ...allSectionReaders };
      delete sections[missing];
      const having = samples.filter(([, json]) => json.version === 2 && json[missing] !== undefined);
      assert.ok(having.length > 0, `a sample has ${missing}`);
      for (const [file, json] of having) {
        const full = readCharterWith(json, readCharterV1, allSectionReaders);
        const partial = readCharterWith(json, readCharterV1, sections);
        assert.deepEqual(partial.problems, [{ path: missing, message: SECTION_NOT_LOADED }], file);
        const defaults = { sites: [], access: [], notices: [] };
        assert.deepEqual(
          withoutSections(partial.charter, [missing]),
          withoutSections(full.charter, [missing]),
          `${file}: every other part`,
        );
        if (missing in defaults) assert.deepEqual(partial.charter[missing], defaults[missing], file);
        else assert.equal(partial.charter[missing], undefined, file);
      }
    });

  it('a document without optional sections reads the same with no section reader', () => {
    const { access, ...json } = samples.find(([file]) => file === 'water-company.json')[1];
    assert.ok(access, 'the sample had access offers');
    assert.deepEqual(readCharterWith(json, readCharterV1, {}), readCharter(json));
    assert.deepEqual(readCharter(json).problems, []);
  });

  it('an invalid section is read by its reader when present, with the same problems as before', () => {
    const json = { ...samples.find(([file]) => file === 'housing-association.json')[1], notices: [{ id: 'x' }] };
    const { problems } = readCharterWith(json, readCharterV1, allSectionReaders);
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['notices[0].text', 'notices[0].until'],
    );
  });

  it('with no section reader, each section a document has is one problem, in the order the reader reads them', () => {
    const json = samples.find(([file]) => file === 'housing-association.json')[1];
    assert.deepEqual(
      readCharterWith(json, readCharterV1, {}).problems,
      ['sites', 'access', 'notices', 'improvements', 'satisfaction'].map((path) => ({
        path,
        message: SECTION_NOT_LOADED,
      })),
    );
  });
});
