// The charter and promise elements alone: the path the size budget of 18 KB watches.
import './service-charter.js';
