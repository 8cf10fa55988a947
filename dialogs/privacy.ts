import { resume } from "./interview.ts";
import { say } from "./replies.ts";
import type { TurnScope } from "./turn.ts";

/** "What do you know about me": the stored answers and contact details, in plain words. */
export async function showData(scope: TurnScope): Promise<void> {
  const { data, services, context } = scope;
  const { copy } = services;
  const hasProfile = Object.keys(data.profile).length > 0;
  if (!hasProfile && !data.contact) {
    return resume(scope, [copy("privacy.show.nothing"), copy("privacy.show.footer")]);
  }
  const lines = [copy("privacy.show.intro")];
  if (hasProfile)
    lines.push(copy("privacy.show.profile", { profile: services.present.summary(data.profile) }));
  if (data.contact) {
    const { name, email, company, phone } = data.contact;
    lines.push(
      copy("privacy.show.contact", {
        contact: [name, email, company, phone].filter(Boolean).join(", "),
      }),
    );
  }
  lines.push(copy("privacy.show.footer"));
  await say(context, lines);
  return resume(scope, []);
}
