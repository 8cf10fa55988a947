import type {
  ActivityJson,
  ConversationRecord,
  DirectLineStore,
  SequencedActivity,
} from "./store.ts";

interface Entry {
  record: ConversationRecord;
  nextSeq: number;
  activities: Array<{ seq: number; json: string }>;
}

/**
 * A DirectLineStore in this process's memory: for unit tests and a single instance without a
 * database. Activities are kept as JSON text, so callers never share objects with the store.
 */
export function createMemoryDirectLineStore(): DirectLineStore {
  const conversations = new Map<string, Entry>();
  let secret: string | undefined;
  return {
    async tokenSecret(candidate) {
      secret ??= candidate;
      return secret;
    },
    async createConversation({ id, userId, now }) {
      if (conversations.has(id)) return false;
      conversations.set(id, {
        record: { id, userId, createdAt: now, lastActiveAt: now },
        nextSeq: 1,
        activities: [],
      });
      return true;
    },
    async getConversation(id) {
      const entry = conversations.get(id);
      return entry ? { ...entry.record } : null;
    },
    async touch(id, now) {
      const entry = conversations.get(id);
      if (entry) entry.record.lastActiveAt = now;
    },
    async append(conversationId, activities: readonly ActivityJson[], { now, keep }) {
      const entry = conversations.get(conversationId);
      if (!entry) return null;
      const seqs = activities.map((activity) => {
        const seq = entry.nextSeq++;
        entry.activities.push({ seq, json: JSON.stringify(activity) });
        return seq;
      });
      if (entry.activities.length > keep)
        entry.activities.splice(0, entry.activities.length - keep);
      entry.record.lastActiveAt = now;
      return seqs;
    },
    async list(conversationId, afterSeq, limit): Promise<SequencedActivity[]> {
      const entry = conversations.get(conversationId);
      if (!entry) return [];
      return entry.activities
        .filter(({ seq }) => seq > afterSeq)
        .slice(0, limit)
        .map(({ seq, json }) => ({ seq, activity: JSON.parse(json) as ActivityJson }));
    },
    async eraseActivities(conversationId) {
      const entry = conversations.get(conversationId);
      if (entry) entry.activities = [];
    },
    async deleteIdle(before) {
      let removed = 0;
      for (const [id, entry] of conversations) {
        if (entry.record.lastActiveAt < before) {
          conversations.delete(id);
          removed += 1;
        }
      }
      return removed;
    },
  };
}
