export { Portfolio } from './Portfolio';
export { summarizePortfolio, byAttention } from './portfolioSummary';
export type { IPortfolioSummary, PortfolioLoad } from './types';
