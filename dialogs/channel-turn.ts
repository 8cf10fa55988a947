import type { Profile } from "../src/core/profile/index.ts";

/** A person's name and work email as the channel's directory holds them (Teams: the member record). */
export interface KnownContact {
  name: string;
  /** Null when the directory has no usable address (a guest, a lookup that failed). */
  email: string | null;
}

/**
 * What the hosting channel adds to a turn beyond sending replies. Teams provides it; channels that
 * only relay text (Web Chat, Direct Line, the terminal) leave it out and the dialogs behave as before.
 */
export interface ChannelTurn {
  /** Others can read this conversation (a Teams channel or group chat): contact details are never asked here. */
  shared: boolean;
  /** The name people @mention the advisor by in a shared conversation. */
  botName: string;
  /** The sender's name and email from the channel's directory, to confirm instead of typing; null when unknown. */
  knownContact(): Promise<KnownContact | null>;
  /**
   * Opens a private chat with the sender and starts the handoff there with this profile. False when
   * the chat could not be opened; nothing personal is sent to the shared conversation either way.
   */
  continuePrivately(profile: Profile): Promise<boolean>;
}
