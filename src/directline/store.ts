/** An activity as JSON, the way Direct Line clients receive it. */
export type ActivityJson = Record<string, unknown>;

/** A stored activity and its place in the conversation (the watermark counts these). */
export interface SequencedActivity {
  seq: number;
  activity: ActivityJson;
}

/** One self-hosted Direct Line conversation. Times are epoch milliseconds. */
export interface ConversationRecord {
  id: string;
  userId: string;
  createdAt: number;
  lastActiveAt: number;
}

/**
 * Where the self-hosted Direct Line keeps conversations, their activities and the token secret.
 * In memory for unit tests and single-process runs; in SQL so any instance answers any poll.
 */
export interface DirectLineStore {
  /** The stored token secret; `candidate` is kept first when none is stored yet (the first writer wins). */
  tokenSecret(candidate: string): Promise<string>;
  /** Creates the conversation unless it exists; true when this call created it. */
  createConversation(record: { id: string; userId: string; now: number }): Promise<boolean>;
  getConversation(id: string): Promise<ConversationRecord | null>;
  /** Marks the conversation as active now, so idle expiry counts from here. */
  touch(id: string, now: number): Promise<void>;
  /**
   * Appends activities in order, numbering them with the conversation's next sequence numbers,
   * marks it active and keeps only its newest `keep` activities. Returns the numbers given, or
   * null when the conversation does not exist.
   */
  append(
    conversationId: string,
    activities: readonly ActivityJson[],
    options: { now: number; keep: number },
  ): Promise<number[] | null>;
  /** Activities numbered above `afterSeq`, oldest first, at most `limit`. */
  list(conversationId: string, afterSeq: number, limit: number): Promise<SequencedActivity[]>;
  /**
   * Erases a conversation's stored activities (a visitor's "delete my data"); the conversation
   * stays open and later activities keep counting from where it was.
   */
  eraseActivities(conversationId: string): Promise<void>;
  /** Removes conversations (and their activities) last active before `before`; returns how many. */
  deleteIdle(before: number): Promise<number>;
}
