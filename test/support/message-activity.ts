/**
 * A visitor's message as a Bot Framework channel posts it to `/api/messages`, asking for the
 * replies in the response body (`deliveryMode: "expectReplies"`), so no callback server is needed.
 */
export interface VisitorMessage {
  conversationId: string;
  text: string;
  channelId?: string;
}

export const expectRepliesMessage = ({
  conversationId,
  text,
  channelId = "webchat",
}: VisitorMessage) => ({
  type: "message",
  id: `a-${Math.random().toString(36).slice(2)}`,
  channelId,
  serviceUrl: "http://127.0.0.1:1/unused",
  deliveryMode: "expectReplies",
  conversation: { id: conversationId },
  from: { id: `${conversationId}-visitor`, name: "Visitor" },
  recipient: { id: "advisor", name: "Advisor" },
  text,
});
