import * as React from 'react';
import { Portfolio } from '../../components/Portfolio';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';

/** PMO Portfolio: the portfolio status view (design.md §4). */
export default class PmoPortfolioWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoPortfolio';

  protected renderContent(): React.ReactElement {
    return React.createElement(Portfolio);
  }
}
