/** A delivery address as a postal label: name, street lines, postcode, city and country. */
export function PostalAddress({ address }: { address: { firstName?: string; lastName?: string; line1?: string; line2?: string | undefined; postcode?: string; city?: string; country?: string } }) {
  return (
    <address>
      {address.firstName} {address.lastName}
      <br />
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postcode} {address.city}, {address.country}
    </address>
  );
}
