import { initial } from "./001-initial.ts";
import { directLine } from "./002-direct-line.ts";
import type { Migration } from "./migration.ts";

export type { Migration } from "./migration.ts";

/** Every schema version in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, directLine];
