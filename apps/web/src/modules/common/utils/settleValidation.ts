/** An antd form validator's answer: rejected with the problem's text, or resolved when there is none. */
export const settleValidation = (problem: string | undefined): Promise<void> =>
  problem === undefined ? Promise.resolve() : Promise.reject(new Error(problem));
