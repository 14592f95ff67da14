import { Icon } from './icon';

/** "Still need help?": the assistant, phone and email, with opening hours. */
export function ContactBand({ onOpenChat }: { onOpenChat: () => void }) {
  return (
    <section className="pw-contact" aria-labelledby="contact-heading">
      <div className="pw-container">
        <h2 id="contact-heading">Still need help?</h2>
        <p className="pw-section-lead">
          Our assistant answers from these articles any time; our team is here 7 days a week.
        </p>
        <div className="pw-contact-grid">
          <button type="button" className="pw-contact-card pw-contact-card-button" onClick={onOpenChat}>
            <Icon name="chat" />
            <span className="pw-contact-title">Ask the assistant</span>
            <span>Instant answers that adapt to how you like them.</span>
          </button>
          <div className="pw-contact-card">
            <Icon name="phone" />
            <span className="pw-contact-title">0330 010 2040</span>
            <span>Mon–Sat 8:00–20:00, Sun 10:00–16:00</span>
          </div>
          <div className="pw-contact-card">
            <Icon name="mail" />
            <span className="pw-contact-title">help@parcelwise.example</span>
            <span>We reply within 1 working day.</span>
          </div>
        </div>
      </div>
    </section>
  );
}
