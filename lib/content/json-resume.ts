// content/_data/cv.json: a CV in JSON Resume v1 (https://jsonresume.org/schema), as academicpages'
// cv-json.md reads it through {% include cv-template.html %}. Validated at the boundary, with
// academicpages' older names accepted (`company` for a job's `name`, `website` for `url`); a
// mistake names the file, the line and the path (`work[2].startDate`).
import { z } from 'zod';
import type { Problems } from './problems';
import { validateLeniently, type YamlSource } from './yaml';

const text = z.union([z.string(), z.number()], { error: 'a text' }).transform(String).optional();
const texts = z.array(z.union([z.string(), z.number()]).transform(String), { error: 'a list of texts' }).optional();
const DATE = 'a date such as 2024-03-15, 2024-03 or 2024';
const date = z
  .union([z.string(), z.number()], { error: DATE })
  .transform(String)
  .refine((value) => value.trim() === '' || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value.trim()), { error: DATE })
  .optional();
const URL = 'a URL (https://...)';
const url = z
  .string({ error: URL })
  .refine((value) => value.trim() === '' || /^(?:https?:\/\/|\/|mailto:)/i.test(value.trim()), { error: URL })
  .optional();

/** `company` and `website` (academicpages' older JSON Resume) as `name` and `url`. */
const renamed = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const entry: Record<string, unknown> = { ...value };
    if (entry.name === undefined && entry.company !== undefined) entry.name = entry.company;
    if (entry.url === undefined && entry.website !== undefined) entry.url = entry.website;
    return entry;
  }, schema);

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: `a list of ${what}` }).optional();

export const resumeSchema = z.looseObject(
  {
    basics: renamed(
      z.looseObject(
        {
          name: text,
          label: text,
          image: text,
          email: text,
          phone: text,
          url,
          summary: text,
          location: z.looseObject({ address: text, postalCode: text, city: text, countryCode: text, region: text }, { error: 'a location (city, region, countryCode...)' }).optional(),
          profiles: list(z.looseObject({ network: text, username: text, url }, { error: 'a profile (network, username, url)' }), 'profiles'),
        },
        { error: 'the basics (name, label, email, ...)' },
      ),
    ).optional(),
    work: list(renamed(z.looseObject({ name: text, position: text, url, startDate: date, endDate: date, summary: text, highlights: texts, location: text }, { error: 'a job (name, position, startDate, ...)' })), 'jobs'),
    volunteer: list(renamed(z.looseObject({ organization: text, position: text, url, startDate: date, endDate: date, summary: text, highlights: texts }, { error: 'a volunteer role' })), 'volunteer roles'),
    education: list(renamed(z.looseObject({ institution: text, url, area: text, studyType: text, startDate: date, endDate: date, score: text, courses: texts }, { error: 'a degree (institution, area, studyType, ...)' })), 'degrees'),
    awards: list(z.looseObject({ title: text, date, awarder: text, summary: text }, { error: 'an award (title, date, awarder, summary)' }), 'awards'),
    certificates: list(renamed(z.looseObject({ name: text, date, issuer: text, url }, { error: 'a certificate' })), 'certificates'),
    publications: list(renamed(z.looseObject({ name: text, publisher: text, releaseDate: date, url, summary: text }, { error: 'a publication (name, publisher, releaseDate, url, summary)' })), 'publications'),
    skills: list(z.looseObject({ name: text, level: text, keywords: texts }, { error: 'a skill (name, level, keywords)' }), 'skills'),
    languages: list(z.looseObject({ language: text, fluency: text }, { error: 'a language (language, fluency)' }), 'languages'),
    interests: list(z.looseObject({ name: text, keywords: texts }, { error: 'an interest (name, keywords)' }), 'interests'),
    references: list(z.looseObject({ name: text, reference: text }, { error: 'a reference (name, reference)' }), 'references'),
    projects: list(renamed(z.looseObject({ name: text, description: text, highlights: texts, keywords: texts, startDate: date, endDate: date, url, roles: texts, entity: text, type: text }, { error: 'a project' })), 'projects'),
  },
  { error: 'a JSON Resume (basics, work, education, ...)' },
);

export type Resume = z.output<typeof resumeSchema>;

/** Validates a parsed cv.json (read with its lines) as JSON Resume v1; what cannot be shown is left out, and said. */
export function validateResume(source: YamlSource, file: string, problems: Problems): Resume | null {
  return validateLeniently(resumeSchema, source, file, problems);
}
