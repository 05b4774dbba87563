import { lazy, Suspense, type ComponentType, type JSX, type PropsWithRef, type ReactElement } from 'react';
import { Loading } from 'react-admin';

const RELOADED = 'console-screen-reloaded';

/**
 * After a new release the previous build's screen files are gone from the server: a screen that fails
 * to load reloads the page once, to fetch the new console, rather than leaving the official on an error.
 */
function reloadOnce(error: unknown): never {
  if (!window.sessionStorage.getItem(RELOADED)) {
    window.sessionStorage.setItem(RELOADED, '1');
    window.location.reload();
  }
  throw error;
}

/**
 * A screen loaded when it is first opened: the sign-in page and the shell load first, each resource's
 * screens (and the libraries only they use) when an official goes there.
 */
export function lazyScreen<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): (props: P) => ReactElement {
  const Screen = lazy(() =>
    load().then((module) => {
      window.sessionStorage.removeItem(RELOADED);
      return { default: pick(module) };
    }, reloadOnce),
  );
  const LazyScreen = (props: P) => (
    <Suspense fallback={<Loading />}>
      <Screen {...(props as JSX.IntrinsicAttributes & PropsWithRef<P>)} />
    </Suspense>
  );
  return LazyScreen;
}
