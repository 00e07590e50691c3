package nl.ddjgz.security.web;

import jakarta.validation.Valid;
import nl.ddjgz.security.Role;
import nl.ddjgz.security.UserAccount;
import nl.ddjgz.security.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user pages: list, create, change roles, NIHII or disable, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts users;

    UserAdminController(UserAccounts users) {
        this.users = users;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "admin/users";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return "admin/user-new";
    }

    @PostMapping("/new")
    String processCreationForm(@Valid UserForm userForm, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "admin/user-new";
        }
        try {
            users.create(
                    userForm.username(),
                    userForm.displayName(),
                    userForm.password(),
                    userForm.roles(),
                    userForm.parsedNihii());
        } catch (UserAccounts.UsernameTakenException e) {
            result.rejectValue("username", "user.username.taken");
            return "admin/user-new";
        }
        redirect.addFlashAttribute("flash", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("account", account);
        model.addAttribute("userEditForm", UserEditForm.of(account));
        model.addAttribute("passwordResetForm", new PasswordResetForm(""));
        return "admin/user-edit";
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @Valid UserEditForm userEditForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("account", users.get(id));
            model.addAttribute("passwordResetForm", new PasswordResetForm(""));
            return "admin/user-edit";
        }
        try {
            users.update(
                    id,
                    userEditForm.displayName(),
                    userEditForm.roles(),
                    userEditForm.enabled(),
                    userEditForm.parsedNihii());
        } catch (UserAccounts.OwnRolesException e) {
            result.rejectValue(e.field(), e.messageKey());
            model.addAttribute("account", users.get(id));
            model.addAttribute("passwordResetForm", new PasswordResetForm(""));
            return "admin/user-edit";
        }
        redirect.addFlashAttribute("flash", "user.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String processPasswordReset(
            @PathVariable long id,
            @Valid PasswordResetForm passwordResetForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            UserAccount account = users.get(id);
            model.addAttribute("account", account);
            model.addAttribute("userEditForm", UserEditForm.of(account));
            return "admin/user-edit";
        }
        users.resetPassword(id, passwordResetForm.password());
        redirect.addFlashAttribute("flash", "user.password.reset");
        return "redirect:/admin/users";
    }
}
