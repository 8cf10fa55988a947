import { ActivityHandler, ConversationState, type Storage, type TurnContext } from "botbuilder";
import type { DialogState } from "botbuilder-dialogs";
import { createAdvisorConversation, readConversationData, type AdvisorServices, type ConversationData } from "../../dialogs/index.ts";
import type { Logger } from "../logging/index.ts";

/** Runs `work` while no other turn of the same key runs, here or on another instance. */
export type TurnLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/**
 * The advisor on the Bot Framework: loads the conversation's state, hands the turn to the dialogs
 * and saves the state only when the turn succeeded, so a failed turn loses nothing said before.
 */
export class AdvisorBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly withLock: TurnLock;

  constructor(options: {
    storage: Storage;
    services: AdvisorServices;
    logger: Logger;
    /** Serialises the turns of one conversation across instances (the store's lock). */
    withLock?: TurnLock;
  }) {
    super();
    const { storage, services, logger } = options;
    this.withLock = options.withLock ?? ((_key, work) => work());
    this.conversationState = new ConversationState(storage);
    const dataAccessor = this.conversationState.createProperty<unknown>("advisor");
    const conversation = createAdvisorConversation({
      services,
      dialogState: this.conversationState.createProperty<DialogState>("dialogState"),
    });

    const load = async (context: TurnContext): Promise<ConversationData> => {
      const { data, reset } = readConversationData(await dataAccessor.get(context));
      if (reset) {
        logger.warn({ conversationId: context.activity.conversation?.id }, "stored conversation state was unreadable; starting afresh");
        await this.conversationState.clear(context);
      }
      return data;
    };

    this.onMessage(async (context, next) => {
      const data = await load(context);
      await conversation.onMessage(context, data);
      await dataAccessor.set(context, data);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const visitorJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (visitorJoined) {
        const data = await load(context);
        await conversation.onVisitorJoined(context, data);
        await dataAccessor.set(context, data);
      }
      await next();
    });
  }

  /**
   * botbuilder saves state with eTag "*" (last writer wins), so two turns of one conversation on
   * two instances could lose an update; each turn therefore runs under the conversation's lock,
   * from the first state read to the last write.
   */
  override async run(context: TurnContext): Promise<void> {
    const { channelId, conversation } = context.activity;
    await this.withLock(`turn:${channelId}/${conversation?.id ?? ""}`, async () => {
      await super.run(context);
      await this.conversationState.saveChanges(context);
    });
  }
}
