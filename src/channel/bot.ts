import {
  ConversationState,
  TeamsActivityHandler,
  type Storage,
  type TurnContext,
} from "botbuilder";
import type { DialogState } from "botbuilder-dialogs";
import {
  createAdvisorConversation,
  readConversationData,
  type AdvisorServices,
  type ConversationData,
} from "../../dialogs/index.ts";
import type { Logger } from "../logging/index.ts";
import { createPersonProfiles } from "./person-profiles.ts";
import { botWasAdded, isTeams } from "./teams-activity.ts";
import { createTeamsEdge } from "./teams-edge.ts";
import { createTeamsGateway, type TeamsGateway } from "./teams-gateway.ts";

/** Runs `work` while no other turn of the same key runs, here or on another instance. */
export type TurnLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/**
 * The advisor on the Bot Framework: loads the conversation's state, hands the turn to the dialogs
 * and saves the state only when the turn succeeded, so a failed turn loses nothing said before.
 * What Teams changes (mentions, the person's profile, private handoffs) is in the Teams edge.
 */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly withLock: TurnLock;

  constructor(options: {
    storage: Storage;
    services: AdvisorServices;
    logger: Logger;
    /** Serialises the turns of one conversation across instances (the store's lock). */
    withLock?: TurnLock;
    /** The Teams connector calls (member lookup, opening a personal chat); tests pass their own. */
    teams?: TeamsGateway;
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
        logger.warn(
          { conversationId: context.activity.conversation?.id },
          "stored conversation state was unreadable; starting afresh",
        );
        await this.conversationState.clear(context);
      }
      return data;
    };

    const teams = createTeamsEdge({
      gateway: options.teams ?? createTeamsGateway({ appId: "" }),
      profiles: createPersonProfiles(storage),
      logger,
      // Runs inside the channel turn, which holds its own lock: taking the private chat's lock
      // here as well could exhaust the store's lock holders, so this one write goes unlocked.
      startPrivateHandoff: async (context, profile, channel) => {
        const data = await load(context);
        data.profile = profile;
        await conversation.startHandoff(context, data, channel);
        await dataAccessor.set(context, data);
        await this.conversationState.saveChanges(context);
      },
    });

    this.onMessage(async (context, next) => {
      if (teams.accepts(context)) {
        const data = await load(context);
        const turn = await teams.begin(context, data);
        await conversation.onMessage(context, data, turn.channel);
        await turn.end(data);
        await dataAccessor.set(context, data);
      }
      await next();
    });

    const welcome = async (context: TurnContext) => {
      const data = await load(context);
      await conversation.onVisitorJoined(context, data, teams.channelTurn(context));
      await dataAccessor.set(context, data);
    };

    // In Teams the advisor greets once when it is installed, not whenever someone joins a team.
    this.onMembersAdded(async (context, next) => {
      const activity = context.activity;
      const botId = activity.recipient?.id;
      const visitorJoined = (activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (isTeams(activity) ? botWasAdded(activity) : visitorJoined) await welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      if (context.activity.action === "add") await welcome(context);
      await next();
    });
  }

  /** Edits and deletions of earlier messages change nothing and get no reply. */
  protected override async onMessageUpdateActivity(): Promise<void> {}

  protected override async onMessageDeleteActivity(): Promise<void> {}

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
