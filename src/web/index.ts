/**
 * @module web: the website side of the advisor: the demo page, the one-line embed script
 * (`public/widget.js`) and Web Chat's browser bundle with its licence, served from this server.
 */
export { createWebAssets } from "./assets.ts";
export type { WebAssets, WebAssetsOptions } from "./assets.ts";
export { demoPageCsp, renderDemoPage } from "./demo-page.ts";
export type { DemoPageOptions } from "./demo-page.ts";
export { createStaticAsset, replyWithAsset } from "./static-asset.ts";
export type { AssetReply, LoadedAsset, StaticAsset } from "./static-asset.ts";
export { locateWebChatBundle } from "./webchat-bundle.ts";
export type { WebChatBundle } from "./webchat-bundle.ts";
