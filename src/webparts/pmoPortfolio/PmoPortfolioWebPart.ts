import type * as React from 'react';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';

const VIEW = lazyView('PmoPortfolio', () => import(/* webpackChunkName: 'pmo-portfolio' */ '../../components/Portfolio/Portfolio').then((m) => m.Portfolio));

/** PMO Portfolio: the portfolio status view (design.md §4). */
export default class PmoPortfolioWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoPortfolio';

  protected async onInit(): Promise<void> {
    VIEW.preload();
    await super.onInit();
  }

  protected renderContent(): React.ReactElement {
    return VIEW.element({});
  }
}
