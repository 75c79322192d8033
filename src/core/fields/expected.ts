/** The `{expected}` of a built-in type's refused value: its entry in the value catalogue. */
import { message, type Message } from "../i18n/message";
import { VALUE_MESSAGES } from "../values/messages";

type BuiltinExpected = Extract<keyof typeof VALUE_MESSAGES, `expected.${string}`>;

export const expectedFrom = (key: BuiltinExpected) => (): Message => message(VALUE_MESSAGES, key);
