/**
 * Vietnamese text of the custom functions, merged into dist/functions-vi.json by the build
 * (scripts/customFunctionsPlugin.ts). Keyed by function id (never changes); parameters are keyed by the
 * parameter's name in functions.ts. A function or parameter missing here, or an entry for one that no
 * longer exists, fails the build.
 */
export interface ViFunctionText {
  /** Vietnamese function name shown in Excel (after the TDKT. namespace): letters, digits, '.', '_'. */
  readonly name: string;
  readonly description: string;
  /** Parameter name → its Vietnamese name (optional, defaults to the English one) and description. */
  readonly parameters?: Readonly<Record<string, { readonly name?: string; readonly description: string }>>;
}

export const functionsVi: Readonly<Record<string, ViFunctionText>> = {
  VERSION: {
    name: 'PHIENBAN',
    description:
      'Phiên bản BlocRank đang tính các hàm này; ghi kèm khi cần hỗ trợ. Ví dụ: =TDKT.PHIENBAN() trả về "0.1.0".',
  },
};
