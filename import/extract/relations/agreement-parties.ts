// Who may be a side of a document a clause names: its cities, institutions, regions and authorities, and a state
// named right after "с", but not where it was signed, who witnessed it, or a signer's other post.
import type { Mention } from '../mentions.js';
import { before, WITH_BEFORE, type Clause } from './context.js';
import { PERSONS_POST_BEFORE, TOWNS_OF_BEFORE } from './agreement-words.js';

export const PARTY_KINDS = new Set(['City', 'Institution', 'Region']);
// "в норвежском Киркенесе было подписано": where it was signed.
const SIGNED_AT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+([a-zß-öø-ſа-ԯ]+(ом|ем|ой)\s+)?(городе\s+|г\.\s*)?$/iu;
const PRESENCE = /присутстви/iu;
// "в присутствии губернатора области подписали": a witness.
const PRESENCE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+присутствии\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(республики\s+)?$/iu;
// "На территории пензенского ООО «…» … подписали": where it was signed.
const VENUE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(на\s+территории|в\s+здании|в\s+помещении|в\s+стенах)\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}$/iu;
// "заведующий отделом культуры": a signer's post in a section of the administration, which signs for no one (a
// department whose head signs, "руководитель департамента образования", may be a side of its own).
const HEAD_OF_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])заведующ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const DEPARTMENT = /^(отдел|сектор)/iu;

/** The mentions of `clause` that may be a document's sides, in order. */
export function agreementParties(clause: Clause): Mention[] {
  const witnessed = PRESENCE.test(clause.text);
  return clause.mentions.filter(
    (m) =>
      (((PARTY_KINDS.has(m.kind) || m.via === 'authority') && !(m.kind === 'City' && m.via === 'name' && SIGNED_AT.test(before(clause, m, 30)))) ||
        // "соглашение о сотрудничестве с Великобританией": a state named right after "с" is the other side.
        (m.kind === 'Country' && m.via === 'name' && WITH_BEFORE.test(before(clause, m, 5)))) &&
      !(witnessed && PRESENCE_BEFORE.test(before(clause, m, 40))) &&
      // "мэром Коджаэли, который также является президентом Союза …": a signer's other post.
      !(m.kind === 'Institution' && (VENUE_BEFORE.test(before(clause, m, 40)) || PERSONS_POST_BEFORE.test(before(clause, m, 60)) || departmentPost(clause, m))) &&
      // "Города и районы Мурманской области имеют соглашения": the region's towns, each its own side, not the region.
      !(m.kind === 'Region' && TOWNS_OF_BEFORE.test(before(clause, m, 40))),
  );
}

function departmentPost(clause: Clause, m: Mention): boolean {
  return DEPARTMENT.test(clause.text.slice(m.start, m.end)) && HEAD_OF_BEFORE.test(before(clause, m, 30));
}
