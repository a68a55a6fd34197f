import type { z } from 'astro/zod';
import { easyRead } from '../../sections';
import type { easyReadWords } from '../../schemas/easy-read';
import { localizedGetter, type LocalizedEntry } from './localized';

type Words = { [K in keyof typeof easyReadWords]: z.infer<(typeof easyReadWords)[K]> };
export type EasyReadView = LocalizedEntry<'easyRead', Words>;

/** The easy-to-read versions of the profiles, as a language shows them (French until it writes its own). */
export const getEasyReads = localizedGetter<'easyRead', Words>(easyRead.localisation);
