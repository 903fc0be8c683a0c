package com.backinshape.portal.rights;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** {@link PersonalDataScan} for the tests of other packages (e.g. the account-closed email's). */
public final class PersonalDataScanAccess {

    private PersonalDataScanAccess() {}

    public static List<String> leftovers(DataSource dataSource, long memberId, String customerId, List<String> secrets)
            throws SQLException {
        return PersonalDataScan.leftovers(dataSource, memberId, customerId, secrets);
    }
}
