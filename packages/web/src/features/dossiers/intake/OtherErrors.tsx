/** Field errors the form has no place for (procedureCode, unknown paths), listed in the alert. */
export function OtherErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul>
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
