import { z } from 'zod';
import { Id, Page, PageInput } from '../../domain/catalog/common';
import { Cue, CuePosition, CueType, refineCueConfig, Show, ShowCreate, ShowPatch, ShowWithCues } from '../../domain/catalog/show';
import { defineMethod, defineQuery } from './defineMethod';

const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ id: Id, deleted: z.literal(true) });
const CueTitle = z.string().trim().min(1, 'title must not be empty').max(200);

export const showsMethods = {
  'show.create': defineMethod({ summary: 'Creates an empty run of show.', input: ShowCreate, output: Show }),
  'show.get': defineQuery({ summary: 'A show with its cues in order.', input: ById, output: ShowWithCues }),
  'show.update': defineMethod({ summary: 'Changes the fields present.', input: ShowPatch.extend({ id: Id }).strict(), output: Show }),
  'show.duplicate': defineMethod({
    summary: 'Copies a show and its cues as a new show of this store (how a show from head office is changed).',
    input: ById,
    output: Show,
  }),
  'show.delete': defineMethod({ summary: 'Deletes a show and its cues.', input: ById, output: Deleted }),
  'show.list': defineQuery({
    summary: 'Shows, most recently changed first, paged.',
    input: z.object({ ...PageInput }).strict(),
    output: Page(Show),
  }),

  'cue.insert': defineMethod({
    summary:
      'Adds a cue to a show at a position (afterId/beforeId; neither = at the end). `config` is checked against the type; ' +
      'referenced products, coupons and tasks must exist. Title defaults to the referenced item.',
    input: z
      .object({ showId: Id, type: CueType, title: CueTitle.optional(), config: z.record(z.string(), z.unknown()), ...CuePosition })
      .strict()
      .superRefine(refineCueConfig),
    output: Cue,
  }),
  'cue.update': defineMethod({
    summary: "Changes a cue's title, or its type and config together (config alone is checked against the current type).",
    input: z
      .object({ id: Id, type: CueType.optional(), title: CueTitle.optional(), config: z.record(z.string(), z.unknown()).optional() })
      .strict()
      .superRefine((v, ctx) => {
        if (v.type !== undefined && v.config === undefined)
          ctx.addIssue({ code: 'custom', path: ['config'], message: 'config is required when type changes' });
        refineCueConfig(v, ctx);
      }),
    output: Cue,
  }),
  'cue.move': defineMethod({
    summary: 'Moves a cue to sit after `afterId` and/or before `beforeId` (null = start / end). Only its order key changes.',
    input: z.object({ id: Id, ...CuePosition }).strict(),
    output: Cue,
  }),
  'cue.delete': defineMethod({ summary: 'Removes a cue from its show.', input: ById, output: Deleted }),
  'cue.list': defineQuery({ summary: 'The cues of a show in order.', input: z.object({ showId: Id }).strict(), output: z.array(Cue) }),
} as const;
