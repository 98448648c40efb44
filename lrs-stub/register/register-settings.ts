/**
 * The register's settings from the environment, validated with zod like config.ts, so a typo
 * stops the start with the variable named:
 *
 *   REGISTER_ISSUER_NAME     the school's name on certificates and in credentials
 *   REGISTER_ISSUER_URL      the school's web site (the issuer profile's url), optional
 *   REGISTER_ISSUER_EMAIL    a contact address in the issuer profile, optional
 *   REGISTER_COURSE_VERSION  the course version certificates are for (default: course.yaml's)
 *   LRS_PUBLIC_URL           where verifiers reach this LRS: the issuer id, the key's and the
 *                            status list's address, the verification pages (default
 *                            http://127.0.0.1:<PORT>, which only works on this machine)
 *
 * The public URL is written into every credential issued: change it and earlier credentials
 * still point at the old address.
 */
import { z } from 'zod';

export const DEFAULT_ISSUER_NAME = 'WORKMENTOR certificate register';

const RegisterEnvSchema = z.object({
  REGISTER_ISSUER_NAME: z.string().trim().min(1).max(200).optional(),
  REGISTER_ISSUER_URL: z.url({ protocol: /^https?$/, error: 'REGISTER_ISSUER_URL must be an http(s) URL such as https://school.example.org' }).optional(),
  REGISTER_ISSUER_EMAIL: z.email({ error: 'REGISTER_ISSUER_EMAIL must be an email address' }).optional(),
  REGISTER_COURSE_VERSION: z.string().trim().min(1).max(50).optional(),
  LRS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'LRS_PUBLIC_URL must be an http(s) URL such as https://lrs.school.example.org' }).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
});

export interface RegisterSettings {
  issuer: { name: string; url?: string; email?: string };
  courseVersion?: string;
  publicUrl: string;
}

export function registerSettingsFromEnv(env: NodeJS.ProcessEnv): RegisterSettings {
  const result = RegisterEnvSchema.safeParse(env);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const e = result.data;
  return {
    issuer: {
      name: e.REGISTER_ISSUER_NAME ?? DEFAULT_ISSUER_NAME,
      ...(e.REGISTER_ISSUER_URL === undefined ? {} : { url: e.REGISTER_ISSUER_URL }),
      ...(e.REGISTER_ISSUER_EMAIL === undefined ? {} : { email: e.REGISTER_ISSUER_EMAIL }),
    },
    ...(e.REGISTER_COURSE_VERSION === undefined ? {} : { courseVersion: e.REGISTER_COURSE_VERSION }),
    publicUrl: e.LRS_PUBLIC_URL ?? `http://127.0.0.1:${e.PORT === 0 ? 8787 : e.PORT}`,
  };
}
