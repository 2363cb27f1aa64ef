/** The live-feed client: the page's shared connections and the controller elements use. */
export { subscribeFeed, openFeeds } from './feed-registry.js';
export {
  DEFAULT_FEED_OPTIONS,
  type FeedListener,
  type FeedOptions,
  type FeedSnapshot,
  type FeedStatus,
} from './feed-connection.js';
export { FeedController, type FeedSource } from '../feed-controller.js';
