'use client';
import { createContext, type ReactElement, type ReactNode, useContext, useMemo } from 'react';
import { useNormalizedImageOrigins } from './components/markdown-image-origins';
import { type AttuneStrings, defaultStrings } from './strings';

/** Colour scheme of a kit root: fixed light or dark, or `auto` to follow the system. */
export type AttuneTheme = 'light' | 'dark' | 'auto';

/** Kit-wide settings shared by every component below an `<AttuneProvider>`. */
export interface AttuneSettings {
  /** Replacements for any of the default strings. */
  strings?: Partial<AttuneStrings>;
  /** Colour scheme (default `auto`). */
  theme?: AttuneTheme;
  /** When true, no kit styles apply: class names stay, so your own CSS can target them. */
  unstyled?: boolean;
}

/** The props of `<AttuneProvider>`: the kit-wide settings and provider-only options. */
export interface AttuneProviderProps extends AttuneSettings {
  /**
   * Origins that images in replies load from at once, besides the page's own origin and raster
   * `data:` images (e.g. `['https://cdn.example.com']`). An image from any other host shows a
   * "Load image from host" button instead. Default: none. A value that is not an absolute http(s)
   * URL throws a `RangeError` (`code: 'invalid-image-origin'`).
   */
  imageOrigins?: readonly string[];
  children?: ReactNode;
}

interface AttuneContextValue {
  strings: AttuneStrings;
  /** Normalized origins images in markdown load from at once. */
  imageOrigins: readonly string[];
  theme: AttuneTheme;
  unstyled: boolean;
  /** True below a component that already carries the `attune` root class. */
  insideRoot: boolean;
}

const AttuneContext = createContext<AttuneContextValue>({
  strings: defaultStrings,
  imageOrigins: [],
  theme: 'auto',
  unstyled: false,
  insideRoot: false,
});

function useMergedSettings(settings: AttuneSettings): AttuneContextValue {
  const parent = useContext(AttuneContext);
  const { strings, theme, unstyled } = settings;
  return useMemo(
    () => ({
      strings: strings ? { ...parent.strings, ...strings } : parent.strings,
      imageOrigins: parent.imageOrigins,
      theme: theme ?? parent.theme,
      unstyled: unstyled ?? parent.unstyled,
      insideRoot: parent.insideRoot,
    }),
    [parent, strings, theme, unstyled],
  );
}

/** Sets strings, theme, unstyled mode and allowed image origins for every kit component inside. */
export function AttuneProvider({ children, imageOrigins, ...settings }: AttuneProviderProps) {
  const merged = useMergedSettings(settings);
  const origins = useNormalizedImageOrigins(imageOrigins);
  const value = useMemo(() => (origins ? { ...merged, imageOrigins: origins } : merged), [merged, origins]);
  return <AttuneContext.Provider value={value}>{children}</AttuneContext.Provider>;
}

/** The normalized origins images in markdown load from at once (see `AttuneProviderProps.imageOrigins`). */
export function useImageOrigins(): readonly string[] {
  return useContext(AttuneContext).imageOrigins;
}

/** The strings in effect (defaults merged with every provider above). */
export function useStrings(): AttuneStrings {
  return useContext(AttuneContext).strings;
}

/** Props a component root spreads: its class names, plus the theme hook when it is the outermost root. */
export interface RootProps {
  className: string;
  'data-attune-theme'?: AttuneTheme;
}

/**
 * Wraps a component so it can be used alone or inside another: the outermost one becomes the
 * themed `attune` root (unless unstyled); nested ones only add their own class.
 */
export function KitRoot({
  settings,
  className,
  ownClass,
  children,
}: {
  settings: AttuneSettings;
  className: string | undefined;
  ownClass: string;
  children: (root: RootProps) => ReactNode;
}) {
  const value = useMergedSettings(settings);
  const outermost = !value.insideRoot;
  const classes = [outermost && !value.unstyled ? 'attune' : '', ownClass, className ?? '']
    .filter(Boolean)
    .join(' ');
  const root: RootProps =
    outermost && !value.unstyled
      ? { className: classes, 'data-attune-theme': value.theme }
      : { className: classes };
  const inner = useMemo(() => ({ ...value, insideRoot: true }), [value]);
  return <AttuneContext.Provider value={inner}>{children(root)}</AttuneContext.Provider>;
}

/** What every kit component takes for its root: the kit settings and an extra class. */
export interface KitRootOptions extends AttuneSettings {
  /** Extra class on the root. */
  className?: string;
}

/**
 * Makes a kit component from its body: takes the settings and `className` off the props, wraps
 * the body in {@link KitRoot} with `ownClass`, and hands the body the root's props as `root`.
 */
export function kitComponent<Props extends KitRootOptions>(
  displayName: string,
  ownClass: string,
  Body: (props: Omit<Props, keyof KitRootOptions> & { root: RootProps }) => ReactNode,
): (props: Props) => ReactElement {
  function KitComponent({ strings, theme, unstyled, className, ...props }: Props) {
    return (
      <KitRoot settings={{ strings, theme, unstyled }} className={className} ownClass={ownClass}>
        {(root) => <Body {...props} root={root} />}
      </KitRoot>
    );
  }
  KitComponent.displayName = displayName;
  return KitComponent;
}
