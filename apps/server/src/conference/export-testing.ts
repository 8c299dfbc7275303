import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { buildProgrammeSnapshot } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { REPO_ROOT } from '../config.ts';

/**
 * What the export tests share: publishing a release as the releases' code does (a snapshot of the
 * working copy, a sequence, a time), and the validators of the frab formats. The schemas are the
 * c3voc ones in ../shared/specs/frab beside the repository (FRAB_SPECS_DIR to point elsewhere).
 */
export const FRAB_SPECS = process.env.FRAB_SPECS_DIR ?? path.join(REPO_ROOT, '../shared/specs/frab');

export async function publish(db: Db, editionId: string, sequence: number, name: string, publishedAt = new Date()) {
  const snapshot = await buildProgrammeSnapshot(db, editionId);
  return db.conferenceRelease.create({
    data: { editionId, sequence, name, snapshot: snapshot as object, publishedAt },
  });
}

/** xmllint's verdict on the XML against schedule.xml.xsd: '' when valid, else its messages. */
export function xmllintErrors(xml: string): string {
  const xsd = path.join(FRAB_SPECS, 'schedule.xml.xsd');
  if (!fs.existsSync(xsd)) throw new Error(`${xsd} is missing: the frab schemas live in ../shared/specs/frab`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frab-')), 'schedule.xml');
  fs.writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint did not run (Debian: libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? '' : run.stderr;
}

/** The JSON schema (draft-06) compiled by Ajv, with the formats it names. */
export function frabJsonValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(FRAB_SPECS, 'schedule.schema.json'), 'utf8')) as object;
  // strict off: the schema carries annotations Ajv does not know ($oneOf, $todo, deprecated).
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats.default(ajv);
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  return ajv.compile(schema);
}

/** ical.js's reading of a calendar, its zones registered so TZID times resolve. */
export function icalEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}
