/** @module profile: the visitor's organisation profile, its schema and pure updates. */
export * from "./schema.ts";
export { mergeProfile } from "./merge.ts";
export type { MergeResult, ProfileIssue, ProfileUpdate, SkillsUpdate } from "./merge.ts";
