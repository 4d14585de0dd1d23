// Plain messages to the user. window/showMessage is a notification; the convenience methods on
// connection.window send window/showMessageRequest (which waits for a button) and not every client
// answers that, so messages without buttons go out as notifications.
import { ShowMessageNotification, type Connection, type MessageType } from 'vscode-languageserver';

export function notifyUser(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
}
