import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  /** A new value (the next step or page) tries the children again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** The key the children last rendered (or failed) under. */
  key: string;
}

/** Any error while rendering (a bug, a stopped flow, a lost chunk) ends on `fallback`, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
