import { createMemoryDirectLineStore } from "../../../src/directline/index.ts";
import { directLineStoreContract } from "./store-cases.ts";

directLineStoreContract("in memory", () => createMemoryDirectLineStore());
