// Passwords that appear at the top of every breach list and satisfy the length rule. Checked case-insensitively,
// together with the patterns below that such lists are full of.
const COMMON = `
1234567890 12345678910 123456789a 123456789q 1234567890a 0123456789 9876543210 0987654321 1111111111 0000000000
1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc 1qazxsw23edc qazwsxedcrfv zaq12wsxcde3 zxcvbnm123 asdfghjkl1 asdfghjkl123
qwertyuiop qwertyuiop1 qwertyuiop123 qwerty1234 qwerty12345 qwerty123456 qwertyqwerty qwerty123! azertyuiop
password12 password123 password1234 password12345 password123! password1! passw0rd123 p@ssw0rd123 p@ssword123
passwordpassword mypassword mypassword1 mypassword123 newpassword newpassword1 secretpassword letmein123
letmeinplease welcome123 welcome1234 welcome2024 welcome2025 welcome2026 iloveyou12 iloveyou123 iloveyou1234
administrator admin12345 admin123456 adminadmin administrator1 changeme123 changemenow default123 trustno1234
football123 baseball123 basketball basketball1 basketball123 superman123 batman1234 starwars123 pokemon123
sunshine123 princess123 chocolate1 chocolate123 butterfly1 butterfly123 liverpool1 liverpool123 arsenal123
chelsea123 manchester manchester1 barcelona1 michael123 jennifer123 charlie123 freedom123 whatever123
computer123 internet123 qwerty123qwerty abc1234567 abcdefghij abcdefg123 abcd123456 abc123abc123 aaaaaaaaaa
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 autumn2025 january2025 december2025
monkey1234 dragon1234 shadow1234 master1234 killer1234 hunter1234 jordan2323 michael1234 thomas1234 daniel1234
1234qwer 1234qwerasdf 12341234 1234512345 123123123 1231231234 112233445566 123qweasdzxc 147258369 1472583690
987654321 741852963 123654789 12qwaszx 1qaz2wsx 5201314520 zaq1zaq1 qazwsx123 qweasdzxc qweasdzxc123
`;

const COMMON_PASSWORDS = new Set(COMMON.split(/\s+/).filter(Boolean));

/** True for passwords an attacker would try first. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // One character repeated, or a run of ascending or descending digits or letters.
  if (/^(.)\1+$/.test(lower)) return true;
  const codes = [...lower].map((c) => c.codePointAt(0) ?? 0);
  const steps = codes.slice(1).map((code, i) => code - (codes[i] ?? 0));
  return steps.every((step) => step === 1) || steps.every((step) => step === -1);
}
