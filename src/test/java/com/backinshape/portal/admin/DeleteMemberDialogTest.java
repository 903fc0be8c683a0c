package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.ui.MemberDetailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.Test;

/** Deleting a member is asked about by name, with a Confirm styled as destructive. */
class DeleteMemberDialogTest extends AdminTestBase {

    @Test
    void the_delete_dialog_names_the_member_and_its_confirm_is_destructive() {
        long id = verifiedMember("Delia");
        String email = member(id).getEmail();
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);

        test($(Button.class).id("erase")).click();

        Dialog dialog = $(Dialog.class).first();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Delete Delia (" + email + ", #" + id + ")?");
        assertThat($(Button.class).id("confirm").getThemeNames()).contains("error", "primary");
        assertThat(member(id).getErasedAt()).isNull();
    }
}
