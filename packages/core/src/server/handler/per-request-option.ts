/** A handler option given as one value, or as a function of the request's context returning it. */
export type PerRequestOption<VALUE, CONTEXT> = VALUE | ((context: CONTEXT) => VALUE | Promise<VALUE>);

/** This request's value of a {@link PerRequestOption}: the function's result, or the value itself. */
export async function perRequest<VALUE extends object, CONTEXT>(
  given: PerRequestOption<VALUE, CONTEXT> | undefined,
  context: CONTEXT,
): Promise<VALUE | undefined> {
  return typeof given === 'function' ? await given(context) : given;
}
