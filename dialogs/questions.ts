import type { Profile, ProfilePath } from "../src/core/profile/index.ts";
import type { Copy, CopyKey } from "./copy.ts";

type CoreQuestion = "employees" | "itStaff" | "skillsGaps" | "burnoutRisk";
const isCore = (path: ProfilePath): path is CoreQuestion => !path.startsWith("signals.");

export type QuestionForm = "full" | "short" | "retry";

/**
 * The words of the question for a profile path, in full, short (after an aside) or retry form.
 * With no IT staff there is no team to ask about, so the skills question asks about the business.
 */
export function questionText(
  path: ProfilePath,
  copy: Copy,
  form: QuestionForm,
  profile: Profile = {},
): string {
  if (path === "skillsGaps" && profile.itStaff === 0 && form !== "retry") {
    return copy(form === "full" ? "ask.skillsGaps.noTeam" : "ask.skillsGaps.noTeam.short");
  }
  if (isCore(path)) {
    const suffix = form === "full" ? "" : `.${form}`;
    return copy(`ask.${path}${suffix}` as CopyKey);
  }
  const question = copy(`signal.${path.slice("signals.".length)}` as CopyKey);
  return form === "retry" ? copy("ask.signal.retry", { question }) : question;
}

/** Suggested answers for closed questions; free text always works too. */
export function questionChoices(path: ProfilePath, copy: Copy): string[] {
  if (path === "burnoutRisk") {
    return [
      copy("ask.choice.low"),
      copy("ask.choice.medium"),
      copy("ask.choice.high"),
      copy("action.skip"),
    ];
  }
  if (path.startsWith("signals."))
    return [copy("action.yes"), copy("action.no"), copy("action.skip")];
  return [copy("action.skip")];
}
