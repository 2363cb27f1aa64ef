/** The feedback endpoint for the browser tests, under /test-api/feedback/: the complaints intake's plan and store. */
import { intakeRoutes } from './complaints.mjs';

export default (route) =>
  intakeRoutes(route, 'feedback', [{ field: 'comment', message: 'Please leave out the phone number' }]);
