import { ServiceScorecard } from '../components/service-scorecard/service-scorecard.js';
import { defineElement } from './define.js';

defineElement('service-scorecard', ServiceScorecard);
