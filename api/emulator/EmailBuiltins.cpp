#include "EmailBuiltins.h"

// The built-in themes and templates every project's config has by default, with the ids, names
// and sources of the real server's rendered config (fixture 35-config-rendered, emails.themes
// and emails.templates; fixture 41 lists the same templates).

namespace hexclave::emulator {

namespace {

constexpr BuiltinEmailSource kThemes[] = {
    {"1df07ae6-abf3-4a40-83a5-a1a2cbe336ac", "Default Light",
     R"tsx(import { Html, Head, Tailwind, Body, Container, Section } from '@react-email/components';
import { ThemeProps, ProjectLogo } from "@stackframe/emails";

export function EmailTheme({ children, unsubscribeLink, projectLogos }: ThemeProps) {
  return (
    <Html>
      <Head />
      <Tailwind>
        <Body className="bg-[#fafbfb] font-sans text-base m-0 p-0" style={{ overflowX: 'hidden' }}>
          <div className="py-8 px-4 flex justify-center">
            <Container className="bg-white p-[45px] rounded-lg shadow-sm mx-auto" style={{ width: '100%', maxWidth: '600px' }}>
              <ProjectLogo data={projectLogos} mode="light" />
              {children}
            </Container>
          </div>
          {unsubscribeLink && (
            <Section className="p-4 opacity-60 text-center" style={{ textAlign: 'center' }}>
              <a href={unsubscribeLink} className="text-blue-600" target="_blank" rel="noopener noreferrer">Click here</a> to unsubscribe from these emails
            </Section>
          )}
        </Body>
      </Tailwind>
    </Html>
  );
}

EmailTheme.PreviewProps = {
  unsubscribeLink: "https://example.com",
} satisfies Partial<ThemeProps>
)tsx"},
    {"a0172b5d-cff0-463b-83bb-85124697373a", "Default Dark",
     R"tsx(import { Html, Head, Tailwind, Body, Container, Section } from '@react-email/components';
import { ThemeProps, ProjectLogo } from "@stackframe/emails";

export function EmailTheme({ children, unsubscribeLink, projectLogos }: ThemeProps) {
  return (
    <Html>
      <Head />
      <Tailwind>
        <Body className="bg-[#323232] font-sans text-white m-0 p-0" style={{ overflowX: 'hidden' }}>
          <div className="py-8 px-4 flex justify-center">
            <Container className="bg-black p-[45px] rounded-lg shadow-sm mx-auto" style={{ width: '100%', maxWidth: '600px' }}>
              <ProjectLogo data={projectLogos} mode="dark" />
              {children}
            </Container>
          </div>
          {unsubscribeLink && (
            <Section className="p-4 opacity-60 text-center" style={{ textAlign: 'center' }}>
              <a href={unsubscribeLink} className="text-blue-600" target="_blank" rel="noopener noreferrer">Click here</a> to unsubscribe from these emails
            </Section>
          )}
        </Body>
      </Tailwind>
    </Html>
  );
}

EmailTheme.PreviewProps = {
  unsubscribeLink: "https://example.com",
} satisfies Partial<ThemeProps>
)tsx"},
    {"c7e2d94f-8a1b-4e6d-b3f5-9d0a2e7c1b8f", "Default Colorful",
     R"tsx(import { Html, Head, Tailwind, Body, Container, Section } from '@react-email/components';
import { ThemeProps, ProjectLogo } from "@stackframe/emails";

export function EmailTheme({ children, unsubscribeLink, projectLogos }: ThemeProps) {
  return (
    <Html>
      <Head />
      <Tailwind>
        <Body className="bg-[#f0eef6] font-sans text-base m-0 p-0" style={{ overflowX: 'hidden' }}>
          <div className="py-8 px-4 flex justify-center">
            <Container className="bg-white p-[45px] rounded-2xl mx-auto" style={{ width: '100%', maxWidth: '600px', borderTop: '4px solid #7c5ce0' }}>
              <ProjectLogo data={projectLogos} mode="light" />
              {children}
            </Container>
          </div>
          {unsubscribeLink && (
            <Section className="p-4 opacity-60 text-center" style={{ textAlign: 'center' }}>
              <a href={unsubscribeLink} className="text-[#7c5ce0]" target="_blank" rel="noopener noreferrer">Click here</a> to unsubscribe from these emails
            </Section>
          )}
        </Body>
      </Tailwind>
    </Html>
  );
}

EmailTheme.PreviewProps = {
  unsubscribeLink: "https://example.com",
} satisfies Partial<ThemeProps>
)tsx"},
};

constexpr BuiltinEmailSource kTemplates[] = {
    {"e7d009ce-8d47-4528-b245-5bf119f2ffa3", "Email Verification",
     R"tsx(import { type } from "arktype"
import { Button, Section, Hr, Text, Heading } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export const variablesSchema = type({
  emailVerificationLink: "string"
})

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={`Verify your email at ${project.displayName}`} />
      <NotificationCategory value="Transactional" />
      <div className="font-sans text-base font-normal tracking-[0.15008px] leading-[1.5] m-0 py-8 w-full min-h-full">
        <Section>
          <Heading as="h3" className="font-sans font-bold text-[20px] text-center py-4 px-6 m-0">
            Verify your email at {project.displayName}
          </Heading>
          <p className="font-sans font-normal text-[14px] text-center pt-2 px-6 pb-4 m-0 opacity-80">
            Hi{user.displayName ? (", " + user.displayName) : ''}! Please click on the following button to verify your email.
          </p>
          <div className="text-center py-3 px-6">
            <Button
              href={variables.emailVerificationLink}
              className="text-black font-sans font-bold text-[14px] inline-block bg-[#f0f0f0] rounded-[4px] py-3 px-5 no-underline border-0"
            >
              Verify my email
            </Button>
          </div>
          <div className="py-4 px-6">
            <Hr className="opacity-20" />
          </div>
          <p className="font-sans font-normal text-[12px] text-center pt-1 px-6 pb-6 m-0 opacity-60">
            If you were not expecting this email, you can safely ignore it. 
          </p>
        </Section>
      </div>
    </>
  )
}

EmailTemplate.PreviewVariables = {
  emailVerificationLink: "#"
} satisfies typeof variablesSchema.infer)tsx"},
    {"a70fb3a4-56c1-4e42-af25-49d25603abd0", "Password Reset",
     R"tsx(import { type } from "arktype"
import { Button, Section, Hr, Text, Heading } from "@react-email/components"
import { Subject, NotificationCategory, Props} from "@stackframe/emails"

export const variablesSchema = type({
  passwordResetLink: "string"
})

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={"Reset your password at " + project.displayName} />
      <NotificationCategory value="Transactional" />
      <div className="font-sans text-base font-normal tracking-tight leading-relaxed py-8 w-full min-h-full">
        <Section>
          <Heading as="h3" className="font-sans font-bold text-[20px] text-center py-4 px-6 m-0">
            Reset your password at {project.displayName}
          </Heading>

          <p className="text-sm font-sans font-normal text-center pt-2 pb-4 px-6 m-0 opacity-80">
            Hi{user.displayName ? (", " + user.displayName) : ""}! Please click on the following button to start the password reset process.
          </p>

          <div className="text-center px-6 py-3">
            <Button
              href={variables.passwordResetLink}
              className="text-black text-sm font-sans font-bold bg-[#f0f0f0] rounded-[4px] inline-block py-3 px-5 no-underline border-none"
              target="_blank"
            >
              Reset my password
            </Button>
          </div>

          <div className="px-6 py-4">
            <Hr className="opacity-20" />
          </div>

          <p className="text-xs font-sans font-normal text-center pt-1 pb-6 px-6 m-0 opacity-60">
            If you were not expecting this email, you can safely ignore it.
          </p>
        </Section>
      </div>
    </>
  )
}

EmailTemplate.PreviewVariables = {
   passwordResetLink: "#"
} satisfies typeof variablesSchema.infer)tsx"},
    {"822687fe-8d0a-4467-a0d1-416b6e639478", "Magic Link/OTP",
     R"tsx(import { type } from 'arktype';
import { Section, Hr, Text, Heading } from '@react-email/components';
import { Subject, NotificationCategory, Props } from '@stackframe/emails';

export const variablesSchema = type({
  magicLink: 'string',
  otp: 'string',
});

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={"Sign in to " + project.displayName + ": Your code is " + variables.otp} />
      <NotificationCategory value="Transactional" />
      <div className="font-sans text-base font-normal tracking-[0.15008px] leading-6 m-0 py-8 w-full min-h-full">
        <Section className="mx-auto">
          <Heading as="h3" className="font-sans font-bold text-xl text-center px-6 py-4 m-0">
            Sign in to {project.displayName}
          </Heading>
          <p className="text-sm font-sans font-normal text-center px-6 py-4 m-0 opacity-80">
            Hi{user.displayName ? ", " + user.displayName : ""}! This is your one-time-password for signing in:
          </p>
          <p className="text-2xl font-mono font-bold text-center px-6 py-4 m-0">
            {variables.otp}
          </p>
          <p className="text-sm font-sans font-normal text-center px-6 py-4 m-0">
            Or you can click on{' '}
            <a
              key={20}
              href={variables.magicLink}
              rel="noopener noreferrer"
              className="text-blue-600 underline"
            >
              this link
            </a>{' '}
            to sign in
          </p>
          <Hr className="px-6 py-4 opacity-20" />
          <p className="text-xs font-sans font-normal text-center px-6 pt-1 pb-6 m-0 opacity-60">
            If you were not expecting this email, you can safely ignore it.
          </p>
        </Section>
      </div>
    </>
  );
}

EmailTemplate.PreviewVariables = {
  magicLink: "#",
  otp: "3SLSWZ"
} satisfies typeof variablesSchema.infer)tsx"},
    {"e84de395-2076-4831-9c19-8e9a96a868e4", "Team Invitation",
     R"tsx(import { type } from "arktype";
import { Button, Section, Hr, Text, Heading } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";


export const variablesSchema = type({
  teamDisplayName: "string",
  teamInvitationLink: "string"
});

export function EmailTemplate({ user, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={"You have been invited to join " + variables.teamDisplayName} />
      <NotificationCategory value="Transactional" />
      <div className="font-sans text-base font-normal tracking-[0.15008px] leading-[1.5] m-0 py-8 w-full min-h-full">
        <Section className="mx-auto max-w-lg">
          <Heading as="h3" className="font-sans font-bold text-xl text-center px-6 pt-8 m-0">
            You are invited to {variables.teamDisplayName}
          </Heading>
          <p className="text-sm font-sans font-normal text-center px-6 pt-2 pb-4 m-0 opacity-80">
            Hi{user.displayName ? ", " + user.displayName : ""}! Please click the button below to join the team {variables.teamDisplayName}
          </p>
          <div className="text-center px-6 py-3">
            <Button
              href={variables.teamInvitationLink}
              className="text-black text-sm font-sans font-bold bg-[#f0f0f0] rounded-md inline-block px-5 py-3 no-underline border-0"
            >
              Join team
            </Button>
          </div>
          <div className="px-6 py-4">
            <Hr className="opacity-20" />
          </div>
          <p className="text-xs font-sans font-normal text-center px-6 pb-6 pt-1 m-0 opacity-60">
            If you were not expecting this email, you can safely ignore it.
          </p>
        </Section>
      </div>
    </>
  );
}

EmailTemplate.PreviewVariables = {
  teamDisplayName: "My Team",
  teamInvitationLink: "#"
} satisfies typeof variablesSchema.infer )tsx"},
    {"066dd73c-36da-4fd0-b6d6-ebf87683f8bc", "Sign In Invitation",
     R"tsx(import { type } from "arktype"
import { Button, Section, Hr, Text, Heading } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export const variablesSchema = type({
  signInInvitationLink: "string",
  teamDisplayName: "string"
})

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject
        value={"You have been invited to sign in to " + project.displayName}
      />
      <NotificationCategory value="Transactional" />

      <div className="font-sans text-base font-normal leading-normal w-full min-h-full m-0 py-8">
        <Section>
          <Heading as="h3" className="font-sans font-bold text-xl text-center pt-8 px-6 m-0">
            You are invited to sign in to {variables.teamDisplayName}
          </Heading>

          <p className="text-sm font-sans font-normal text-center pt-2 pb-4 px-6 m-0 opacity-80">
            Hi
            {user.displayName ? ", " + user.displayName : ""}! Please click on the following
            link to sign in to your account
          </p>

          <div className="text-center px-6 py-3">
            <Button
              href={variables.signInInvitationLink}
              className="text-black text-sm font-sans font-bold bg-gray-200 rounded-md inline-block py-3 px-5 no-underline border-none"
            >
              Sign in
            </Button>
          </div>

          <div className="px-6 py-4">
            <Hr className="opacity-20" />
          </div>

          <p className="text-xs font-sans font-normal text-center pt-1 pb-6 px-6 m-0 opacity-60">
            If you were not expecting this email, you can safely ignore it.
          </p>
        </Section>
      </div>
    </>
  )
}

EmailTemplate.PreviewVariables = {
  signInInvitationLink: "#",
  teamDisplayName: "My Team"
} satisfies typeof variablesSchema.infer)tsx"},
    {"70372aee-0441-4d80-974c-2e858e40123a", "Payment Receipt",
     R"tsx(import { type } from "arktype";
import { Button, Section, Hr } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export const variablesSchema = type({
  productName: "string",
  quantity: "number",
  amount: "string",
  receiptLink: "string?"
});

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={"Your receipt from " + project.displayName} />
      <NotificationCategory value="Transactional" />
      <div className="bg-white text-[#242424] font-sans text-base font-normal tracking-[0.15008px] leading-[1.5] m-0 py-8 w-full min-h-full">
        <Section className="bg-white">
          <h3 className="text-black font-sans font-bold text-[20px] text-center py-4 px-6 m-0">
            Thanks for your purchase
          </h3>
          <p className="text-[#474849] font-sans font-normal text-[14px] text-center pt-2 px-6 pb-4 m-0">
            Hi{user.displayName ? (", " + user.displayName) : ""}! Your payment for {variables.productName} is complete.
          </p>
          <div className="px-6">
            <p className="text-black font-sans font-bold text-[16px] text-center m-0">
              Total paid: {variables.amount}
            </p>
            <p className="text-[#474849] font-sans text-[13px] text-center mt-2 mb-0">
              Quantity: {variables.quantity}
            </p>
          </div>
          {variables.receiptLink ? (
            <div className="text-center py-4 px-6">
              <Button
                href={variables.receiptLink}
                target="_blank"
                className="text-black font-sans font-bold text-[14px] inline-block bg-[#f0f0f0] rounded-[4px] py-3 px-5 no-underline border-0"
              >
                View receipt
              </Button>
            </div>
          ) : null}
          <div className="py-4 px-6">
            <Hr />
          </div>
        </Section>
      </div>
    </>
  );
}

EmailTemplate.PreviewVariables = {
  productName: "Pro Plan",
  quantity: 1,
  amount: "$29.00",
  receiptLink: "https://example.com/receipt"
} satisfies typeof variablesSchema.infer;
)tsx"},
    {"f64b1afe-27ec-4a28-a277-7178f3261f9a", "Payment Failed",
     R"tsx(import { type } from "arktype";
import { Button, Section, Hr } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export const variablesSchema = type({
  productName: "string",
  amount: "string",
  invoiceUrl: "string?",
  failureReason: "string?"
});

export function EmailTemplate({ user, project, variables }: Props<typeof variablesSchema.infer>) {
  return (
    <>
      <Subject value={"Payment failed for " + project.displayName} />
      <NotificationCategory value="Transactional" />
      <div className="bg-white text-[#242424] font-sans text-base font-normal tracking-[0.15008px] leading-[1.5] m-0 py-8 w-full min-h-full">
        <Section className="bg-white">
          <h3 className="text-black font-sans font-bold text-[20px] text-center py-4 px-6 m-0">
            We couldn't process your payment
          </h3>
          <p className="text-[#474849] font-sans font-normal text-[14px] text-center pt-2 px-6 pb-4 m-0">
            Hi{user.displayName ? (", " + user.displayName) : ""}! Your payment for {variables.productName} ({variables.amount}) did not go through.
          </p>
          {variables.failureReason ? (
            <p className="text-[#8a8b8b] font-sans text-[12px] text-center px-6 pb-2 m-0">
              Reason: {variables.failureReason}
            </p>
          ) : null}
          {variables.invoiceUrl ? (
            <div className="text-center py-3 px-6">
              <Button
                href={variables.invoiceUrl}
                target="_blank"
                className="text-black font-sans font-bold text-[14px] inline-block bg-[#f0f0f0] rounded-[4px] py-3 px-5 no-underline border-0"
              >
                View invoice
              </Button>
            </div>
          ) : null}
          <div className="py-4 px-6">
            <Hr />
          </div>
          <p className="text-[#474849] font-sans font-normal text-[12px] text-center pt-1 px-6 pb-6 m-0">
            Please update your payment details to avoid service interruption.
          </p>
        </Section>
      </div>
    </>
  );
}

EmailTemplate.PreviewVariables = {
  productName: "Pro Plan",
  amount: "$29.00",
  invoiceUrl: "https://example.com/billing",
  failureReason: "Your card was declined"
} satisfies typeof variablesSchema.infer;
)tsx"},
};

} // namespace

std::span<const BuiltinEmailSource> EmailBuiltins::themes()
{
    return kThemes;
}

std::span<const BuiltinEmailSource> EmailBuiltins::templates()
{
    return kTemplates;
}

} // namespace hexclave::emulator
