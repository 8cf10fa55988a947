import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const URL_HINT = "a URL such as https://example.com/path";
const url = (fallback: string) => z.string().trim().url(URL_HINT).default(fallback);
const optionalUrl = () => optionalText.pipe(z.string().url(URL_HINT).optional());

/** Every environment variable the contract names, with its default. The schema is the type. */
export const ConfigSchema = z.object({
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"])
    .default("MultiTenant"),
  MicrosoftAppTenantId: optionalText,

  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_BASE_URL: url("http://localhost:3978"),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  MAX_MESSAGE_CHARS: positiveInt(2000),
  MAX_BODY_BYTES: positiveInt(65536),
  RATE_LIMIT_PER_MINUTE: positiveInt(60),

  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "a postgres:// connection URL")
      .optional(),
  ),

  COMPANY_NAME: z.string().trim().min(1).default("Northwind IT"),
  PRIVACY_URL: url("http://localhost:3978/privacy"),
  BOOKING_URL: url("http://localhost:3978/book"),
  RETENTION_DAYS: positiveInt(180),

  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_TOKEN_SECRET: optionalText,

  LEAD_WEBHOOK_URL: optionalUrl(),
  LEAD_WEBHOOK_SECRET: optionalText,
});

export type Config = z.infer<typeof ConfigSchema>;
