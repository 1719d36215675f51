package vn.ansinh.beneficiary.list;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.TestPrograms;
import vn.ansinh.testing.Tokens;

/**
 * A beneficiary who changes bank account keeps the history: the old version is closed, a new one opens. And an
 * account already enrolled for one person is not quietly enrolled for another.
 */
@QuarkusTest
class AccountVersionTest {

    record Person(String cccd, String name, LocalDate dob, String gender) {}
    record Account(String bin, String number) {}

    /** Proves that a second list with a new account closes the old account version instead of rewriting it. */
    @Test
    void accountChangeIsANewVersion() throws Exception {
        var person = personWithTwoActiveAccounts();
        String program = TestPrograms.create();
        long first = importOne(program, person.getKey(), person.getValue().get(0), "lan-1.json");
        long second = importOne(program, person.getKey(), person.getValue().get(1), "lan-2.json");
        try (var db = AdminDatabase.connect(); var q = db.prepareStatement("""
                select a.account_number, a.valid_to, a.source_list_id from beneficiary_account a
                join beneficiary b on b.id = a.beneficiary_id where b.program_code = ? and b.cccd = ?
                order by a.valid_from""")) {
            q.setString(1, program);
            q.setString(2, person.getKey().cccd());
            var rs = q.executeQuery();
            rs.next();
            assertEquals(person.getValue().get(0).number(), rs.getString(1));
            assertNotNull(rs.getTimestamp(2), "the first version is closed");
            assertEquals(first, rs.getLong(3));
            rs.next();
            assertEquals(person.getValue().get(1).number(), rs.getString(1));
            assertNull(rs.getTimestamp(2), "the second version is current");
            assertEquals(second, rs.getLong(3));
        }
        try (var db = AdminDatabase.connectAsEngine(); var statement = db.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "update beneficiary_account set account_number = '000000000' where valid_to is not null"));
        }
    }

    /**
     * An account already enrolled for one person, given by a later list for someone else who bears the same name (so
     * the bank's holder name matches theirs too): the later row waits for an officer with SHARED_ACCOUNT. This is the
     * close's look-up of enrolled accounts, not the comparison of a list's rows with each other.
     */
    @Test
    void accountEnrolledForAnotherPersonNeedsReview() throws Exception {
        var namesakes = namesakesTheFirstWithAnActiveAccount();
        var holder = namesakes.getKey();
        String program = TestPrograms.create();
        importOne(program, holder.person(), holder.account(), "holder.json");
        long later = upload(program, namesakes.getValue(), holder.account(), "namesake.json");
        var done = IntakeFlowTest.awaitStatus(program, later, "COMPLETED");
        assertEquals(1, done.getLong("needsReview"), done.prettify());
        List<String> reasons = given().auth().oauth2(Tokens.as("officer-test", Roles.OFFICER))
                .get("/programs/" + program + "/beneficiary-lists/" + later + "/rows").then().statusCode(200)
                .extract().jsonPath().getList("[0].reasons", String.class);
        assertEquals(List.of("SHARED_ACCOUNT"), reasons);
    }

    /** Uploads a one-row list as JSON, the systems' API, and waits until it completes verified. */
    private static long importOne(String program, Person person, Account account, String name) throws Exception {
        long id = upload(program, person, account, name);
        var done = IntakeFlowTest.awaitStatus(program, id, "COMPLETED");
        assertEquals(1, done.getLong("verified"), done.prettify());
        return id;
    }

    private static long upload(String program, Person person, Account account, String name) {
        var row = new HashMap<String, Object>();
        row.put("ho_ten", person.name());
        row.put("so_cccd", person.cccd());
        row.put("ngay_sinh", person.dob().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        row.put("gioi_tinh", "F".equals(person.gender()) ? "Nữ" : "Nam");
        row.put("so_tien", 500000);
        row.put("ma_ngan_hang", account.bin());
        row.put("so_tai_khoan", account.number());
        long id = given().auth().oauth2(Tokens.as("officer-test", Roles.OFFICER)).contentType("application/json")
                .queryParam("name", name).body(List.of(row)).post("/programs/" + program + "/beneficiary-lists")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        return id;
    }

    /** Someone alive with two active accounts in their own name, found in the sandbox's world. */
    private static Map.Entry<Person, List<Account>> personWithTwoActiveAccounts() throws Exception {
        Path world = SandboxTestResource.world();
        var people = livingPeople(world);
        var accounts = new HashMap<String, List<Account>>();
        for (String[] f : rows(world.resolve("accounts.csv"))) {
            if ("ACTIVE".equals(f[3]) && people.containsKey(f[4])) {
                accounts.computeIfAbsent(f[4], cccd -> new ArrayList<>()).add(new Account(f[0], f[1]));
            }
        }
        return accounts.entrySet().stream().filter(entry -> entry.getValue().size() >= 2).findFirst()
                .map(entry -> Map.entry(people.get(entry.getKey()), entry.getValue()))
                .orElseThrow(() -> new IllegalStateException("the demo world has nobody with two active accounts"));
    }

    record Holder(Person person, Account account) {}

    /** Two living people of the same name, the first with an active account in their own name. */
    private static Map.Entry<Holder, Person> namesakesTheFirstWithAnActiveAccount() throws Exception {
        Path world = SandboxTestResource.world();
        var people = livingPeople(world);
        var byName = new HashMap<String, List<Person>>();
        people.values().forEach(person -> byName.computeIfAbsent(person.name(), n -> new ArrayList<>()).add(person));
        for (String[] f : rows(world.resolve("accounts.csv"))) {
            var owner = people.get(f[4]);
            if (!"ACTIVE".equals(f[3]) || owner == null) continue;
            var namesake = byName.get(owner.name()).stream().filter(other -> other != owner).findFirst();
            if (namesake.isPresent()) return Map.entry(new Holder(owner, new Account(f[0], f[1])), namesake.get());
        }
        throw new IllegalStateException("the demo world has no namesakes, one with an active account");
    }

    /** The living people of the world by CCCD, those whose CCCD agrees with their record. */
    private static Map<String, Person> livingPeople(Path world) throws java.io.IOException {
        var people = new HashMap<String, Person>();
        for (String[] f : rows(world.resolve("population.csv"))) {
            var person = new Person(f[0], f[1], LocalDate.parse(f[2]), f[3]);
            if ("ALIVE".equals(f[4]) && cccdAgrees(person)) people.put(person.cccd(), person);
        }
        return people;
    }

    /** The world plants registry records that contradict their own CCCD (for REGISTRY_GENDER_MISMATCH): skip those. */
    private static boolean cccdAgrees(Person person) {
        int century = person.dob().getYear() >= 2000 ? 2 : 0;
        int expected = century + ("F".equals(person.gender()) ? 1 : 0);
        return person.cccd().charAt(3) - '0' == expected;
    }

    private static List<String[]> rows(Path csv) throws java.io.IOException {
        var lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")).toList();
    }
}
