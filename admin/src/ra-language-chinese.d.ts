// ra-language-chinese 2.x ships no type declarations.
declare module 'ra-language-chinese' {
  import type { TranslationMessages } from 'react-admin';
  const chineseMessages: TranslationMessages;
  export default chineseMessages;
}
