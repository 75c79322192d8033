/** The validation worker: the engine runs here, off the pane's thread, so the pane keeps painting and takes 取消. */
import { handleValidateRequest } from "./validate-protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = (e) => handleValidateRequest(e.data, (reply) => scope.postMessage(reply));
