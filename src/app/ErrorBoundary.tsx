import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  /** A new value (the next address) tries the children again. */
  resetKey: string;
  children: ReactNode;
}

/** Any error while rendering (a bug, a stopped flow, a lost chunk) ends on `fallback`, never a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
