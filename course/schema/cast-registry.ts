/**
 * The cast registry (`course/content/cast.yaml`): every person who speaks in the course's
 * dialogues, keyed by the name written in module.yaml, with the look of their avatar and one
 * sentence that describes the picture in each language. A name is one person in the whole
 * course, so the registry keeps their face the same in every module; dialogues stay unchanged
 * and link to it by name. The look is a handful of named parts (no drawing in the content):
 * the player draws the avatar from them (components/src/elements/wm-dialogue/avatar.ts).
 */
import { z } from 'zod';
import { LocaleSchema, TextSchema } from './ids.ts';
import { CastMemberSchema } from './activities/dialogue.ts';

export const SkinToneSchema = z.enum(['light', 'light-medium', 'medium', 'medium-dark', 'dark', 'deep']);
export const FaceShapeSchema = z.enum(['oval', 'round', 'square']);
export const HairStyleSchema = z.enum(['none', 'buzz', 'short', 'side-part', 'curly', 'afro', 'bob', 'long', 'ponytail', 'bun', 'braids']);
export const HairColourSchema = z.enum(['black', 'dark-brown', 'brown', 'auburn', 'ginger', 'blond', 'grey', 'white']);
export const FacialHairSchema = z.enum(['none', 'stubble', 'moustache', 'beard']);
export const GlassesSchema = z.enum(['none', 'round', 'square']);
export const HeadwearSchema = z.enum(['none', 'headscarf', 'cap', 'hard-hat']);
/** Work clothes that hint at the sector: a baker's jacket, scrubs, overalls, a hi-vis vest, ... */
export const OutfitSchema = z.enum(['tshirt', 'shirt', 'polo', 'blazer', 'cardigan', 'hoodie', 'apron', 'chef', 'scrubs', 'overalls', 'hi-vis']);
/** A person's colour: their clothes in the picture and the tint of their speech bubbles. */
export const PersonColourSchema = z.enum(['blue', 'teal', 'green', 'olive', 'ochre', 'orange', 'red', 'plum', 'purple', 'navy', 'slate', 'brown']);
/** A second colour for a headscarf, a cap, a hard hat or an apron; white and charcoal besides the person colours. */
export const AccentColourSchema = z.enum([...PersonColourSchema.options, 'white', 'charcoal']);
export const AgeSchema = z.enum(['young', 'adult', 'older']);

export const AvatarSchema = z.strictObject({
  skin: SkinToneSchema,
  face: FaceShapeSchema.default('oval'),
  hair: HairStyleSchema,
  hairColour: HairColourSchema.default('dark-brown'),
  facialHair: FacialHairSchema.default('none'),
  glasses: GlassesSchema.default('none'),
  headwear: HeadwearSchema.default('none'),
  earrings: z.boolean().default(false),
  /** `young` rounder cheeks, `older` laughter lines; grey hair is a `hairColour`. */
  age: AgeSchema.default('adult'),
  outfit: OutfitSchema,
  colour: PersonColourSchema,
  accent: AccentColourSchema.optional(),
});
export type Avatar = z.infer<typeof AvatarSchema>;

/** One person: the avatar's parts, and `alt`, one sentence per locale on what the picture shows. */
export const PersonSchema = AvatarSchema.extend({
  alt: z.partialRecord(LocaleSchema, TextSchema.pipe(z.string().max(160, { message: 'is longer than 160 characters' }))),
});
export type Person = z.infer<typeof PersonSchema>;

/** A cast member's name as written in module.yaml (cast names are at most 40 characters). */
export const CastNameSchema = z.string().trim().min(1, { message: 'is empty' }).max(40, { message: 'is longer than 40 characters' });

export const CastRegistrySchema = z.record(CastNameSchema, PersonSchema);
export type CastRegistry = z.infer<typeof CastRegistrySchema>;

/** A person's look in the built course: the avatar and the alt text in that course's locale. */
export const CastLookSchema = AvatarSchema.extend({ alt: TextSchema });
export type CastLook = z.infer<typeof CastLookSchema>;

/**
 * A cast member in the built course. `look` comes from the registry; it is absent for the
 * character the learner plays (shown with a neutral "you" marker) and in a course without a
 * registry (each person then gets their initial on a coloured disc).
 */
export const CastMemberDataSchema = CastMemberSchema.extend({ look: CastLookSchema.optional() });
export type CastMemberData = z.infer<typeof CastMemberDataSchema>;
